/**
 * The one place a file name becomes a response header. Names come from users (an upload's name, an
 * attachment's, a report named after the sheet it came from) and may hold quotes, semicolons, backslashes,
 * percent signs or control characters; written into a header as they are, `q"; filename="evil.html".xlsx`
 * would name the download evil.html.
 *
 * RFC 6266 with RFC 5987: `filename="<ASCII fallback>"` for old clients, every character outside printable
 * ASCII and `"` `\` `%` replaced by `_`; then `filename*=UTF-8''<percent-encoded>`, which every current
 * browser prefers, so Chinese names arrive intact. Control characters are dropped from both.
 */
export function attachmentHeader(fileName: string): string {
  const name = fileName.replace(/[\x00-\x1f\x7f]/g, '').trim() || 'download';
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves ! ' ( ) * as they are; RFC 5987's attr-char does not allow ' ( ) *.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Headers of a download: its type, the disposition above, and no content sniffing (a .txt is never run as HTML). */
export function downloadHeaders(fileName: string, contentType: string): Record<string, string> {
  return { 'content-type': contentType, 'content-disposition': attachmentHeader(fileName), 'x-content-type-options': 'nosniff' };
}
