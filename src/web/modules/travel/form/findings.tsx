/**
 * Rule findings beside the fields they concern. The live check's findings (and the input errors the
 * check answered with) are keyed by the form path ("members.2.passportExpiry", "returnDate"); a
 * field wrapped in FItem shows its own as the item's status and help, list-level ones ("legs",
 * "members") show above their list.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { Alert, Flex, Form, Tooltip, type FormItemProps } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';

export interface FieldFinding {
  rule: string;
  severity: 'block' | 'warn';
  path: string;
  message: string;
}

export const FindingsContext = createContext<Map<string, FieldFinding[]>>(new Map());

export function groupByPath(findings: FieldFinding[]): Map<string, FieldFinding[]> {
  const m = new Map<string, FieldFinding[]>();
  for (const f of findings) m.set(f.path, [...(m.get(f.path) ?? []), f]);
  return m;
}

export function useFindings(path: string): FieldFinding[] {
  return useContext(FindingsContext).get(path) ?? [];
}

/** Each finding's message, named by its rule for the browser tests. */
export function FindingMessages({ findings }: { findings: FieldFinding[] }) {
  return (
    <>
      {findings.map((f, i) => (
        <div key={`${f.rule}-${i}`} data-testid={`finding-${f.rule}`} data-severity={f.severity}>
          {f.message}
        </div>
      ))}
    </>
  );
}

/**
 * A Form.Item that also shows the check's findings for `path`: red for a blocking one, amber for a
 * warning, the messages as its help (while there is one, it stands in for the item's own message).
 */
export function FItem({ path, ...props }: FormItemProps & { path: string }) {
  const findings = useFindings(path);
  if (!findings.length) return <Form.Item {...props} />;
  const block = findings.some((f) => f.severity === 'block');
  return <Form.Item {...props} validateStatus={block ? 'error' : 'warning'} help={<FindingMessages findings={findings} />} />;
}

/** Findings about a whole list (too many countries, too many members), above that list. */
export function ListFindings({ path }: { path: string }) {
  const findings = useFindings(path);
  if (!findings.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {findings.map((f, i) => (
        <Alert key={i} showIcon type={f.severity === 'block' ? 'error' : 'warning'} title={<FindingMessages findings={[f]} />} />
      ))}
    </Flex>
  );
}

/** A checkbox's text with a question mark whose tooltip explains it. */
export function Hint({ children, hint }: { children: ReactNode; hint: ReactNode }) {
  return (
    <span>
      {children}{' '}
      <Tooltip title={hint}>
        <QuestionCircleOutlined className="muted" />
      </Tooltip>
    </span>
  );
}
