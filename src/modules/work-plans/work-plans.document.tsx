import { renderToString } from 'preact-render-to-string';
import type { DocumentContent } from '../documents/documents.model.js';
import type { PlanView } from './work-plans.service.js';

/**
 * The plan as the body of a document, laid out as plans are published: goal and task cells
 * spanning their items' rows, one unit cell across both unit columns when there is no lead.
 */
export function planDocumentHtml(plan: PlanView): string {
  const rows = plan.goals.flatMap((goal) => {
    const goalRows = goal.tasks.reduce((n, t) => n + t.items.length, 0);
    return goal.tasks.flatMap((task, ti) =>
      task.items.map((item, ii) => (
        <tr>
          {ti === 0 && ii === 0 && (
            <td rowSpan={goalRows}>
              {goal.no ? `${goal.no}、` : ''}
              {goal.title}
            </td>
          )}
          {ii === 0 && (
            <td rowSpan={task.items.length}>
              {task.no}
              {task.title}
            </td>
          )}
          <td>
            {item.content.split('\n').map((p) => (
              <p>{p}</p>
            ))}
          </td>
          {item.lead.length > 0 ? (
            <>
              <td>{item.lead.join('、')}</td>
              <td>{item.responsible.join('、')}</td>
            </>
          ) : (
            <td colSpan={2}>{item.responsible.join('、')}</td>
          )}
        </tr>
      )),
    );
  });
  return renderToString(
    <table>
      <thead>
        <tr>
          <th scope="col">目标</th>
          <th scope="col">任务</th>
          <th scope="col">主要内容</th>
          <th scope="col">牵头单位</th>
          <th scope="col">责任单位</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>,
  );
}

/** The plan's own document: its title and its table, filed nowhere until the editor chooses columns. */
export function planDocument(plan: PlanView): DocumentContent {
  return {
    title: plan.title,
    docNo: '',
    writtenOn: null,
    subject: '',
    keywords: ['政务公开', '工作要点'],
    disclosure: 'proactive',
    validity: 'effective',
    replacedById: null,
    interpretsId: null,
    documentKind: null,
    summary: '',
    bodyHtml: planDocumentHtml(plan),
    source: '',
    columnIds: [],
  };
}
