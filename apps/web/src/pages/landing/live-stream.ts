/**
 * Keeps the landing page live: Server-Sent Events from /stats/live/stream push the counter (and
 * the weekly leaders) within a second of a submission anywhere; polling stays as the fallback.
 */
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LandingData } from '@sangkien/shared/schemas/landing';

export function useLiveStream(): LandingData | null {
  const client = useQueryClient();
  const [data, setData] = useState<LandingData | null>(null);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/stats/live/stream');
    source.addEventListener('landing', (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as LandingData;
      client.setQueryData(['stats', 'live'], next.live);
      setData(next);
    });
    return () => source.close();
  }, [client]);
  return data;
}
