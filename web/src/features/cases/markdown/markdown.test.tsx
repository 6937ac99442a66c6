import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './MarkdownText';
import { parseMarkdown, safeHref } from './parse';

const html = (text: string) => renderToStaticMarkup(<MarkdownText text={text} />);

describe('MarkdownText', () => {
  it('renders paragraphs, line breaks, bold, italic and code', () => {
    expect(html('Patient **stable**, *afebrile*.\nDose: `5 mg`\n\nNext visit in May.')).toBe(
      '<div><p>Patient <strong>stable</strong>, <em>afebrile</em>.<br/>Dose: <code>5 mg</code></p><p>Next visit in May.</p></div>',
    );
  });

  it('renders bullet and numbered lists', () => {
    expect(html('Findings:\n- fracture\n- **no** bleeding\n\n1. X-ray\n2. MRI')).toBe(
      '<div><p>Findings:</p><ul><li>fracture</li><li><strong>no</strong> bleeding</li></ul><ol><li>X-ray</li><li>MRI</li></ol></div>',
    );
  });

  it('renders http, https and mailto links, opening elsewhere without the opener', () => {
    expect(html('See [the guideline](https://example.org/g?a=1&b=2) or [write](mailto:ada@example.org).')).toBe(
      '<div><p>See <a href="https://example.org/g?a=1&amp;b=2" target="_blank" rel="noopener noreferrer nofollow">the guideline</a>' +
        ' or <a href="mailto:ada@example.org" target="_blank" rel="noopener noreferrer nofollow">write</a>.</p></div>',
    );
  });

  it('shows HTML as text, never as markup', () => {
    const out = html('<script>alert(1)</script>\n<img src=x onerror="alert(2)"> <b>bold?</b>');
    expect(out).toBe(
      '<div><p>&lt;script&gt;alert(1)&lt;/script&gt;<br/>&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &lt;b&gt;bold?&lt;/b&gt;</p></div>',
    );
  });

  it('keeps links to javascript:, data: and relative addresses as plain text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '/admin', 'vbscript:x']) {
      const out = html(`[click](${href})`);
      expect(out).not.toContain('<a');
      expect(out).toContain('[click]');
    }
  });

  it('does not let markup inside a link or code escape', () => {
    expect(html('[<img src=x onerror=alert(1)>](https://example.org)')).toBe(
      '<div><p><a href="https://example.org/" target="_blank" rel="noopener noreferrer nofollow">&lt;img src=x onerror=alert(1)&gt;</a></p></div>',
    );
    expect(html('`<script>`')).toBe('<div><p><code>&lt;script&gt;</code></p></div>');
    expect(html('[x](https://example.org/"onmouseover="alert(1))')).not.toContain('onmouseover="');
  });

  it('leaves unmatched markers and escaped characters as typed', () => {
    expect(html('2 * 3 = 6, **open, `tick and \\*not italic\\*')).toBe(
      '<div><p>2 * 3 = 6, **open, `tick and *not italic*</p></div>',
    );
  });
});

describe('parseMarkdown', () => {
  it('ends a list at a line that is not an item and continues items on indented lines', () => {
    expect(parseMarkdown('- one\n  more\nafter')).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one more' }]] },
      { type: 'paragraph', children: [{ type: 'text', text: 'after' }] },
    ]);
  });

  it('has nothing to show for blank text', () => {
    expect(parseMarkdown(' \n\n')).toEqual([]);
  });
});

describe('safeHref', () => {
  it('accepts only absolute http, https and mailto addresses', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('http://example.org/a b')).toBeNull();
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('ftp://example.org')).toBeNull();
    expect(safeHref('example.org')).toBeNull();
  });
});
