// A small Markdown subset for notes, parsed to a tree of plain data: paragraphs with line breaks,
// bullet and numbered lists, **bold**, *italic*, `code` and links to http, https and mailto only.
// Everything else, HTML included, stays text: the renderer makes React elements of this tree and
// never hands a string to the DOM as markup.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseLines(paragraph) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    paragraph = [];
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (!line.trim()) {
      flush();
    } else if (item) {
      const ordered = numbered !== null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]);
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The lines of a paragraph, joined by line breaks as they were typed. */
function parseLines(lines: string[]): Inline[] {
  return lines.flatMap((line, i) => (i === 0 ? parseInline(line) : [{ type: 'break' } as const, ...parseInline(line)]));
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const emit = (node: Inline) => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
    out.push(node);
  };

  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest[0] === '\\' && rest.length > 1 && /[\\`*_[\]()]/.test(rest[1])) {
      plain += rest[1];
      i += 2;
      continue;
    }
    if (rest[0] === '`') {
      const end = rest.indexOf('`', 1);
      if (end > 1) {
        emit({ type: 'code', text: rest.slice(1, end) });
        i += end + 1;
        continue;
      }
    }
    if (rest.startsWith('**')) {
      const end = closing(rest, '**', 2);
      if (end > 2) {
        emit({ type: 'strong', children: parseInline(rest.slice(2, end)) });
        i += end + 2;
      } else {
        plain += '**';
        i += 2;
      }
      continue;
    }
    if (rest[0] === '*' && rest.length > 2 && rest[1] !== ' ') {
      const end = closing(rest, '*', 1);
      if (end > 1 && rest[end - 1] !== ' ') {
        emit({ type: 'em', children: parseInline(rest.slice(1, end)) });
        i += end + 1;
        continue;
      }
    }
    if (rest[0] === '[') {
      const link = /^\[([^\]]+)\]\(([^()\s]+)\)/.exec(rest);
      const href = link && safeHref(link[2]);
      if (link && href) {
        emit({ type: 'link', href, children: parseInline(link[1]) });
        i += link[0].length;
        continue;
      }
    }
    plain += rest[0];
    i += 1;
  }
  if (plain) out.push({ type: 'text', text: plain });
  return out;
}

/** Where the marker closes, skipping escaped characters; -1 if it does not. */
function closing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

/** The link's address if it is an absolute http, https or mailto URL; null for anything else. */
export function safeHref(raw: string): string | null {
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}
