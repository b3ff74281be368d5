import { ApiError } from '../../api/api-error.ts';

/** The API's Vietnamese message and its field messages, announced when they appear. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="state state--error" role="alert">
      <p>{api ? api.message : String(error)}</p>
      {api && Object.keys(api.fields).length > 0 && (
        <ul>
          {Object.entries(api.fields).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
