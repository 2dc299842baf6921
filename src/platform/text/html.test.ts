import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeBody, textToHtml } from './html.js';

describe('sanitizeBody', () => {
  it('keeps the structure of an official document', () => {
    const html =
      '<h2>一、总体要求</h2><p>各街道、区各有关单位：<strong>现将</strong>…</p><table><tr><td colspan="2">合计</td></tr></table>';
    expect(sanitizeBody(html)).toBe(html.replace('<table><tr>', '<table><tr>'));
  });

  it('removes scripts, event handlers, styles, frames and dangerous links', () => {
    const dirty =
      '<p onclick="alert(1)" style="color:red">正文</p><script>alert(1)</script><iframe src="https://x"></iframe>' +
      '<a href="javascript:alert(1)">链接</a><img src="data:image/png;base64,AAAA" onerror="x()"><form><input></form>';
    const clean = sanitizeBody(dirty);
    expect(clean).toBe('<p>正文</p><a>链接</a><img />');
  });

  it('moves h1 down so the page keeps one top heading', () => {
    expect(sanitizeBody('<h1>标题</h1>')).toBe('<h2>标题</h2>');
  });
});

describe('plain text', () => {
  it('becomes escaped paragraphs', () => {
    expect(textToHtml('第一段 <b>\n\n第二段 & 附件')).toBe('<p>第一段 &lt;b&gt;</p>\n<p>第二段 &amp; 附件</p>');
  });

  it('is extracted from HTML', () => {
    expect(htmlToText('<p>一、</p>\n<p>二、<b>重点</b></p>')).toBe('一、 二、重点');
    expect(htmlToText('<p>A &amp; B &lt;c&gt; &quot;d&quot;</p>')).toBe('A & B <c> "d"');
  });
});

describe('text with its layout', () => {
  it('keeps paragraphs as lines and table cells apart with tabs', async () => {
    const { htmlToLayoutText } = await import('./html.js');
    const html =
      '<p>城乡低保发放公示</p><table><tr><th>序号</th><th>姓名</th><th>住址</th></tr>' +
      '<tr><td>1</td><td>陈阿妹</td><td><p>十全街彩云里8号</p></td></tr></table><p>特此公示&amp;告知。</p>';
    expect(htmlToLayoutText(html)).toBe(
      '城乡低保发放公示\n序号\t姓名\t住址\n1\t陈阿妹\t十全街彩云里8号\n特此公示&告知。',
    );
  });
});
