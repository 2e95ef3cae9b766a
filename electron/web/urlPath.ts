// Reading the path of a request without trusting it: a broken %-escape (`/%E0%A4%A`) or an
// address Node's URL parser refuses (`//[`) is the sender's mistake, answered 400, never a 500
// with a stack trace in the log. Shared by the loopback door and the office receiver.

/** `decodeURIComponent`, or null when the text holds a broken %-escape. */
export function decodePathPart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The request's parsed URL (query and all), or null when it cannot be parsed. */
export function requestUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}
