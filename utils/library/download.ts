/** Saves text as a file through the browser's download UI; needs a document (extension pages). */
export function downloadText(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a later revoke frees the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a headline: letters and digits kept (any script), the rest as dashes. */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return slug || fallback;
}

export function dateStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
