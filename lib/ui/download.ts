/** Hand `parts` to the browser's download as file `name` (a blob link, clicked once). */
export function download(parts: BlobPart[], type: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  // The download has started by then; the link's memory can go.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
