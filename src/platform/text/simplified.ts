import * as OpenCC from 'opencc-js';

/**
 * Traditional Chinese to simplified, by OpenCC (`opencc-js`): Taiwan's and Hong Kong's forms and words
 * alike (臺灣 → 台湾, 樓 → 楼, 號 → 号).
 */

// The package's own declarations import './core' without an extension, which ESM type resolution
// cannot follow; this is the one function used, typed as the package documents it.
const { Converter } = OpenCC as unknown as {
  Converter: (options: { from: string; to: string }) => (text: string) => string;
};
// Built on first use, not at start-up: most texts the privacy gate reads hold no traditional character.
let fromTaiwan: ((text: string) => string) | undefined;
let fromHongKong: ((text: string) => string) | undefined;

export function toSimplifiedChinese(text: string): string {
  fromTaiwan ??= Converter({ from: 'tw', to: 'cn' });
  fromHongKong ??= Converter({ from: 'hk', to: 'cn' });
  return fromHongKong(fromTaiwan(text));
}

/**
 * Characters that are only traditional and common in names and addresses: a text without any is left as it
 * is, unconverted (almost every text a mainland office writes). (Not 沈 or 邨, which simplified writing shares:
 * a surname or a Shanghai 新邨 would have every mainland text holding it converted for nothing.)
 */
const TRADITIONAL =
  /[號樓區園閣廈灣門東臺縣鎮鄉龍環華興廣層棟單莊橋場廠蘭嶺陽雲島頭陳張劉黃楊趙吳孫鄭馮蔣韓許鄧蕭葉譚盧鐘賴羅謝顧龔嚴錢們與車電話長國會處開業銀灣關齊義]/;

/**
 * The text with its traditional characters simplified one for one, so that what is found in it stands at the
 * same place in the text as it came; a character whose simplified form would take another length stays as it is
 * (輋, whose form lies outside the Basic Multilingual Plane).
 */
export function simplifiedInPlace(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  const simplified = toSimplifiedChinese(text);
  if (simplified.length === text.length) return simplified;
  const from = [...text];
  const to = [...simplified];
  // (OpenCC keeps one character for one; should a phrase ever change its length, nothing is converted.)
  if (from.length !== to.length) return text;
  return from.map((c, i) => (to[i]!.length === c.length ? to[i]! : c)).join('');
}
