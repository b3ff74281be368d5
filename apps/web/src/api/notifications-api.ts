/** The signed-in account's notifications (a decision on one of its initiatives, …). */
import type { Notification } from '@sangkien/shared/initiatives-extras';
import { apiRequest } from './client.ts';
import { apiWrite } from './session-request.ts';

export interface NotificationList {
  items: Notification[];
  unread_count: number;
}

export function getNotifications(limit: number, signal?: AbortSignal): Promise<NotificationList> {
  return apiRequest(`/notifications?limit=${limit}`, { signal });
}

/** Marks these (or, with no ids, all) as read. */
export function markNotificationsRead(ids?: number[]): Promise<{ unread_count: number }> {
  return apiWrite('/notifications/read', { body: ids ? { ids } : { all: true } });
}
