import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from './parse';

/**
 * Note text with its Markdown subset rendered as React elements. Text only ever becomes text nodes
 * (React escapes them), links only point to http, https or mailto: nothing the writer types runs.
 */
export function MarkdownText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {parseMarkdown(text).map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{inlines(block.children)}</p>
        ) : block.ordered ? (
          <ol key={i}>{block.items.map((item, j) => <li key={j}>{inlines(item)}</li>)}</ol>
        ) : (
          <ul key={i}>{block.items.map((item, j) => <li key={j}>{inlines(item)}</li>)}</ul>
        ),
      )}
    </div>
  );
}

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{inlines(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {inlines(node.children)}
          </a>
        );
      case 'break':
        return <br key={i} />;
    }
  });
}
