import { Type, type Static } from '@sinclair/typebox';
import { Id, NonEmpty, Text } from '../../platform/http/schemas.js';
import { contrastWithWhite, DEFAULT_THEME_COLOUR, MIN_CONTRAST } from '../../portal/identity.js';

/**
 * A site's portal identity (issue 17 §1): what makes each site on the platform its own — the
 * 承办单位 beside the 主办单位, a theme colour, the 党政机关网站标识, links to 上级/相关网站, which
 * columns feed the home page's blocks, and a logo and banner. Kept as one JSON document per site.
 */

export const SiteIdentityInputSchema = Type.Object(
  {
    organiser: Text(100, { default: '', description: '承办单位（网站的日常运维单位），页脚与主办单位并列显示' }),
    themeColour: Type.String({
      pattern: '^#[0-9a-fA-F]{6}$',
      default: DEFAULT_THEME_COLOUR,
      description: '主题色（#RRGGBB），页头与栏目标题的底色；白色文字在其上的对比度须 ≥ 4.5:1',
    }),
    conacId: Type.String({
      pattern: '^[0-9A-Za-z]{0,40}$',
      default: '',
      description: '党政机关网站标识编号（bszs.conac.cn 开办单位标识的 id）；填写后页脚显示标识并链接到核验页',
    }),
    relatedSites: Type.Array(
      Type.Object(
        { name: NonEmpty(40, { description: '网站名称' }), url: Text(300, { description: 'http(s) 网址' }) },
        { additionalProperties: false },
      ),
      { maxItems: 30, default: [], description: '上级和相关网站链接，页脚显示' },
    ),
    homeBlocks: Type.Array(
      Type.Object(
        {
          columnId: Id,
          title: Text(20, { default: '', description: '区块标题；空则用栏目名称' }),
          count: Type.Integer({ minimum: 3, maximum: 20, default: 8, description: '显示条数' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 12, default: [], description: '首页信息区块：哪个栏目、显示几条；为空时显示标准区块' },
    ),
    bannerAlt: Text(100, { default: '', description: '横幅图片的文字说明（读屏软件朗读）；纯装饰可留空' }),
  },
  { additionalProperties: false },
);
export type SiteIdentityInput = Static<typeof SiteIdentityInputSchema>;

const ImageRefSchema = Type.Union([Type.Object({ sha256: Type.String(), mime: Type.String() }), Type.Null()]);
export const IMAGE_KINDS = ['logo', 'banner'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];
export const IMAGE_KIND_LABELS: Record<ImageKind, string> = { logo: '网站标志（logo）', banner: '首页横幅' };

export const SiteIdentitySchema = Type.Object({
  ...SiteIdentityInputSchema.properties,
  logo: ImageRefSchema,
  banner: ImageRefSchema,
});
export type SiteIdentity = Static<typeof SiteIdentitySchema>;

export const DEFAULT_IDENTITY: SiteIdentity = {
  organiser: '',
  themeColour: DEFAULT_THEME_COLOUR,
  conacId: '',
  relatedSites: [],
  homeBlocks: [],
  bannerAlt: '',
  logo: null,
  banner: null,
};

/** A stored identity, with the defaults for whatever it does not say (older rows store '{}'). */
export function parseIdentity(json: string): SiteIdentity {
  try {
    return { ...DEFAULT_IDENTITY, ...(JSON.parse(json) as Partial<SiteIdentity>) };
  } catch {
    return DEFAULT_IDENTITY;
  }
}

export interface IdentityProblem {
  field: string;
  message: string;
}

/** What is wrong with an identity, field by field; `columnIds` are the site's columns that may feed a block. */
export function identityProblems(input: SiteIdentityInput, columnIds: ReadonlySet<string>): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const contrast = contrastWithWhite(input.themeColour);
  if (contrast < MIN_CONTRAST)
    problems.push({
      field: 'themeColour',
      message: `白色文字在此主题色上的对比度为 ${contrast.toFixed(1)}:1，低于 ${MIN_CONTRAST}:1，请选用更深的颜色`,
    });
  input.relatedSites.forEach((s, i) => {
    let ok = false;
    try {
      const url = new URL(s.url);
      ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push({ field: `relatedSites.${i}.url`, message: `“${s.name}”的网址应以 http:// 或 https:// 开头` });
  });
  const seen = new Set<string>();
  input.homeBlocks.forEach((b, i) => {
    if (!columnIds.has(b.columnId))
      problems.push({ field: `homeBlocks.${i}.columnId`, message: '所选栏目不属于本站点，或是外部链接栏目' });
    else if (seen.has(b.columnId))
      problems.push({ field: `homeBlocks.${i}.columnId`, message: '同一栏目只能设一个首页区块' });
    seen.add(b.columnId);
  });
  return problems;
}
