/** Whether a request counts against the page budget: JavaScript and data, as bench/site.ts measures it. */
export function isScriptOrData(url: string): boolean {
  return /\.(?:js|json|csv)$/.test(new URL(url).pathname);
}
