/**
 * What the portal's frame shows of a site's identity (modules/sites/site-identity.ts keeps and checks
 * it): the theme colour's arithmetic, and the addresses of the logo, banner and 党政机关网站标识. No
 * dependencies: the back office uses the colour arithmetic too.
 */

/** The identity a page's header and footer draw. */
export interface PortalIdentity {
  organiser: string;
  themeColour: string;
  conacId: string;
  relatedSites: { name: string; url: string }[];
  logo: { sha256: string } | null;
}

/** The colour the portal has always had; white text on it has a contrast of 7.0:1. */
export const DEFAULT_THEME_COLOUR = '#b0191e';

/** WCAG 2.1 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast of white text on this colour (WCAG 2.1: (L1 + 0.05) / (L2 + 0.05)). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The same hue, darker by a factor (the menu bar and 适老版 header sit a shade below the theme). */
export function darker(hex: string, factor: number): string {
  return `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(hex.slice(i, i + 2), 16) * factor)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.1 AA for normal text (website.md §7): the header's white text must stay readable. */
export const MIN_CONTRAST = 4.5;

/** The address a site's image is served at; the hash in it lets browsers keep it until it changes. */
export function siteImageUrl(kind: 'logo' | 'banner', ref: { sha256: string }): string {
  return `/site-images/${kind}?v=${ref.sha256.slice(0, 12)}`;
}

/** The 党政机关网站标识's verification page at the national registry (bszs.conac.cn). */
export function conacUrl(conacId: string): string {
  return `https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(conacId)}`;
}
