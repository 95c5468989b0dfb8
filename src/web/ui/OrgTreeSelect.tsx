import { useMemo } from 'react';
import { TreeSelect, type TreeSelectProps } from 'antd';
import type { OrgUnit } from '@shared/contracts/org';
import { buildOrgTree, useOrgUnits } from './org';
import { useI18n } from './i18n';

interface Props extends Omit<TreeSelectProps<number>, 'treeData'> {
  /** Only these kinds can be chosen; others are shown for structure. */
  selectableKinds?: OrgUnit['kind'][];
}

export function OrgTreeSelect({ selectableKinds, ...rest }: Props) {
  const { locale } = useI18n();
  const { data, isLoading } = useOrgUnits();
  const treeData = useMemo(
    () => buildOrgTree(data ?? [], locale, { selectable: selectableKinds ? (u) => selectableKinds.includes(u.kind) : undefined }),
    [data, locale, selectableKinds],
  );
  return (
    <TreeSelect<number>
      allowClear
      showSearch
      filterTreeNode={(input, node) => String((node as { search?: string }).search ?? '').includes(input.trim().toLowerCase())}
      treeDefaultExpandAll={(data?.length ?? 0) < 60}
      loading={isLoading}
      popupMatchSelectWidth={false}
      {...rest}
      treeData={treeData}
    />
  );
}
