// Turns baocao's Markdown of a report into a Typst document with the same words, font, size and margins,
// so that Typst sets the same content as baocao's PDF. Used only by bench/so-sanh-typst.sh.
// Covered: headings, paragraphs with hard breaks, **bold**, *italic*, pipe tables with a ": caption".
// Every piece of user text goes into a Typst string literal, so no character of it is read as markup.

const str = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';

// Markdown backslash escapes ("1\.", "\-") stand for the bare character.
const unescape = (s) => s.replace(/\\([\\`*_{}\[\]()#+\-.!|:<>~])/g, '$1');

function inline(text) {
  const parts = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0, m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) parts.push('#' + str(unescape(text.slice(last, m.index))));
    parts.push(m[1] !== undefined ? `#strong(${str(unescape(m[1]))})` : `#emph(${str(unescape(m[2]))})`);
    last = re.lastIndex;
  }
  if (last < text.length) parts.push('#' + str(unescape(text.slice(last))));
  return parts.join('');
}

function table(lines, caption) {
  const rows = lines.filter((l, i) => i !== 1).map((l) => l.trim().replace(/^\||\|$/g, '').split(' | ').map((c) => c.trim()));
  const columns = rows[0].length;
  const cells = rows.flatMap((r, i) => r.map((c) => (i === 0 ? `[#strong(${str(unescape(c))})]` : `[${inline(c)}]`)));
  const head = caption ? `#align(center)[#strong(${str(unescape(caption))})]\n` : '';
  return `${head}#block(width: 100%)[#set text(size: 11pt)\n#set par(first-line-indent: 0pt, justify: false)\n` +
    `#table(columns: ${columns}, inset: 3pt, ${cells.join(', ')})]`;
}

export function toTypst(markdown, { size = 14, top = 20, bottom = 20, left = 30, right = 15 } = {}) {
  const out = [
    `#set page(paper: "a4", margin: (top: ${top}mm, bottom: ${bottom}mm, left: ${left}mm, right: ${right}mm), numbering: "1", number-align: top + center)`,
    `#set text(font: "Liberation Serif", size: ${size}pt, lang: "vi")`,
    '#set par(justify: true, first-line-indent: (amount: 1.27cm, all: true), leading: 0.8em, spacing: 12pt)',
    `#show heading: set text(size: ${size}pt)`,
    '#show heading: set block(above: 6pt, below: 6pt)',
  ];
  let caption = null;
  for (const block of markdown.replace(/\r/g, '').split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines[0].startsWith(': ')) { caption = lines[0].slice(2); continue; }
    const heading = /^(#{1,3}) (.*)$/.exec(lines[0]);
    if (heading) { out.push(`${'='.repeat(heading[1].length)} ${inline(heading[2])}`); continue; }
    if (lines[0].startsWith('|')) { out.push(table(lines, caption)); caption = null; continue; }
    const broken = lines.some((l) => l.endsWith('\\'));
    const body = lines.map((l) => inline(l.replace(/\\$/, ''))).join(' #linebreak() ');
    // Letterhead, title, recipients and signature are set line by line, without indent.
    out.push(broken ? `#block(width: 100%)[#set par(first-line-indent: 0pt, justify: false)\n#align(${lines[0].startsWith('**') ? 'center' : 'left'})[${body}]]` : body);
  }
  return out.join('\n\n') + '\n';
}
