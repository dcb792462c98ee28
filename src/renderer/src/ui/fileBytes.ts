// Files to and from the transport's base64, without blocking the window on big files.

/** A picked or dropped file's bytes as base64 (the contract's form). */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from this computer.`));
    reader.readAsDataURL(file);
  });
}

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves bytes as a download (the browser's way to "open" a file). */
export function download(fileName: string, mediaType: string, base64: string): void {
  saveAs(fileName, new Blob([bytesOf(base64)], { type: mediaType }));
}

/** Offers any file made in the window (a CSV, a download's bytes) to be saved under `fileName`. */
export function saveAs(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
