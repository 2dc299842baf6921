/**
 * Tables typed as text, their cells set apart by ideographic spaces (马明德\u3000乐都区…学校\u3000乐都区…二社
 * 0972 4500973), as many sites type them: read as the tab-separated rows the rest of the detector
 * knows, in a same-length copy (each space becomes one tab, but for those inside a card number), so
 * positions hold. A row has three
 * cells or more, each short, one space between them; a line with a sentence or labelled fields
 * (留言人：…\u3000地址：…) is no row, nor is one with a lone Chinese character that is not a sex (a name
 * padded to width, 李\u3000瑶\u3000…, is read by padding.ts); a lone dash is an empty cell.
 */
export function tabulateSpacedRows(text: string): string {
  if (!text.includes('\u3000')) return text;
  return text
    .split('\n')
    .map((line) => {
      const row = cardsKept(line);
      return spacedRow(row) ? row.replaceAll('\u3000', '\t').replaceAll(KEPT, '\u3000') : line;
    })
    .join('\n');
}

/** Stands in, while a line is read, for an ideographic space inside a card number. */
const KEPT = '\u2007';

/**
 * The line with the ideographic spaces inside a number grouped by fours, as a card is typed
 * (6228\u30004812\u30003456\u30007890\u3000128), or a telephone's groups (135\u30003259\u30000617,
 * 0571\u300085396217), set apart: they join no cells.
 */
function cardsKept(line: string): string {
  return line.replace(
    /(?<![\d０-９])(?:[\d０-９]{4}(?:\u3000[\d０-９]{4}){2,}(?:\u3000[\d０-９]{1,4})?|[1１][3-9３-９][\d０-９]\u3000[\d０-９]{4}\u3000[\d０-９]{4}|[0０][\d０-９]{2,3}\u3000(?:[\d０-９]{7,8}|[\d０-９]{3,4}\u3000[\d０-９]{4}))(?![\d０-９])/g,
    (card) => card.replaceAll('\u3000', KEPT),
  );
}

function spacedRow(line: string): boolean {
  if (line.includes('\t') || /[。：:；;]|\u3000\u3000/.test(line)) return false;
  const cells = line.split('\u3000');
  return (
    cells.length >= 3 &&
    cells.every(
      (c) => c.trim().length > 0 && c.length <= 40 && (c.length > 1 || !/[\u4e00-\u9fff]/.test(c) || /[男女]/.test(c)),
    )
  );
}
