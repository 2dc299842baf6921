import { Layout, type LayoutProps } from './layout.js';

/** The site's own frame (navigation, display preferences) when it could be read; the bare one otherwise. */
type ErrorFrame = Omit<LayoutProps, 'title' | 'children'>;

/** Where a visitor who took a wrong turn can go on from: never a dead end. */
function WaysOn() {
  return (
    <ul class="entry-links">
      <li>
        <a href="/">返回首页</a>
      </li>
      <li>
        <a href="/catalogue">信息公开目录</a>
      </li>
      <li>
        <a href="/search">站内搜索</a>
      </li>
      <li>
        <a href="/assistant">智能问答</a>
      </li>
    </ul>
  );
}

export function NotFoundPage({ frame, message }: { frame: ErrorFrame; message?: string }) {
  return (
    <Layout {...frame} title="页面不存在">
      <h1>页面不存在</h1>
      <p>{message ?? '您访问的页面不存在，可能已被删除或地址有误。'}</p>
      <WaysOn />
    </Layout>
  );
}

/**
 * A retired site's every page (HTTP 410): the closing notice its administrator wrote (why, and where
 * its content now lives), in the site's own frame without the navigation that would lead nowhere.
 */
export function RetiredPage({ frame, notice }: { frame: ErrorFrame; notice: string }) {
  return (
    <Layout {...frame} nav={[]} title="网站已关停">
      <h1>网站已关停</h1>
      <p class="notice">{notice}</p>
    </Layout>
  );
}

export function ErrorPage({ frame, status, message }: { frame: ErrorFrame; status: number; message: string }) {
  return (
    <Layout {...frame} title={status >= 500 ? '服务暂时不可用' : '无法完成请求'}>
      <h1>{status >= 500 ? '服务暂时不可用' : '无法完成请求'}</h1>
      <p>{message}</p>
      <WaysOn />
    </Layout>
  );
}
