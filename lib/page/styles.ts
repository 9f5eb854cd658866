/**
 * One constructable stylesheet per document and stylesheet text, adopted by every shadow
 * root, so 2,000 buttons share one parsed sheet. Sheets cannot cross documents (iframes),
 * and Firefox content scripts may refuse to adopt one: then a <style> per root.
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byText = sheets.get(doc);
  if (!byText) sheets.set(doc, (byText = new Map()));
  let sheet = byText.get(css);
  if (sheet === undefined) {
    try {
      sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    byText.set(css, sheet);
  }
  return sheet;
}

export function applyStyles(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  const sheet = sharedSheet(doc, css);
  try {
    if (sheet) {
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    sheets.get(doc)?.set(css, null);
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
