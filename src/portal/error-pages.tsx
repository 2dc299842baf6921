import { Layout, type SiteFrame } from './layout.js';

export function NotFoundPage({ site, message }: { site: SiteFrame | null; message?: string }) {
  return (
    <Layout site={site} title="页面不存在">
      <h1>页面不存在</h1>
      <p>{message ?? '您访问的页面不存在，可能已被删除或地址有误。'}</p>
      <p>
        <a href="/">返回首页</a>
      </p>
    </Layout>
  );
}

export function ErrorPage({ site, status, message }: { site: SiteFrame | null; status: number; message: string }) {
  return (
    <Layout site={site} title={status >= 500 ? '服务暂时不可用' : '无法完成请求'}>
      <h1>{status >= 500 ? '服务暂时不可用' : '无法完成请求'}</h1>
      <p>{message}</p>
      <p>
        <a href="/">返回首页</a>
      </p>
    </Layout>
  );
}
