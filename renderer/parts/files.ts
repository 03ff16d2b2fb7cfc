/** A generated PDF: the desktop app has printed it already; a browser opens it in a new tab. */
export function showPdf(file: { base64: string; printed: boolean }): void {
  if (file.printed) return;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  window.open(URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })), '_blank');
}

/** Save a CSV export through the browser's download. */
export function downloadCsv(file: { fileName: string; csv: string }): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
