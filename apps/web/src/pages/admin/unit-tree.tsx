/**
 * The unit tree browser: children load when a node opens (a node may have thousands), and the
 * tree follows the ARIA tree pattern (one tab stop, arrows to move, Right/Left to open/close,
 * Enter to open the unit's page). Items are one flat list with aria-level/posinset/setsize, so
 * each item's name is its own row, not its descendants' text.
 */
import { createContext, useContext, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { formatNumber } from '@sangkien/shared/format';
import { getUnitChildren, type UnitSummary } from '../../api/admin-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { adminUnitPath } from '../../lib/routes.ts';

/** Children shown at once under a node; more on request, so a node with 2,000 stays quick. */
const PAGE = 200;

interface TreeState {
  expanded: ReadonlySet<string>;
  toggle(code: string, open?: boolean): void;
  focused: string | null;
  setFocused(code: string): void;
}

const TreeContext = createContext<TreeState | null>(null);
const useTree = () => useContext(TreeContext)!;

function items(tree: HTMLElement): HTMLElement[] {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

const indent = (level: number) => ({ paddingInlineStart: `${(level - 1) * 1.25}rem` });

/** The item above with a lower level: the parent in a flat tree. */
function parentOf(all: HTMLElement[], index: number): HTMLElement | undefined {
  const level = Number(all[index]!.getAttribute('aria-level'));
  for (let i = index - 1; i >= 0; i--) if (Number(all[i]!.getAttribute('aria-level')) < level) return all[i];
  return undefined;
}

function moveFocus(target: HTMLElement | null | undefined) {
  target?.focus();
}

function TreeChildren({ code, level }: { code: string; level: number }) {
  const { t } = useI18n();
  const children = useQuery({
    queryKey: ['unit-children', code],
    queryFn: ({ signal }) => getUnitChildren(code, signal),
  });
  const [shown, setShown] = useState(PAGE);
  if (!children.data) {
    return (
      <li
        role="treeitem"
        aria-level={level}
        aria-selected={false}
        tabIndex={-1}
        className="tree__status"
        style={indent(level)}
      >
        {children.error ? t('admin.tree.loadFailed') : t('state.loading')}
      </li>
    );
  }
  const all = children.data.items;
  const rest = all.length - shown;
  return (
    <>
      {all.slice(0, shown).map((unit, index) => (
        <TreeNode key={unit.code} unit={unit} level={level} position={index + 1} size={all.length} />
      ))}
      {rest > 0 && (
        <li
          role="treeitem"
          aria-level={level}
          aria-selected={false}
          tabIndex={-1}
          className="tree__more"
          style={indent(level)}
          onClick={() => setShown((value) => value + PAGE)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              event.stopPropagation();
              setShown((value) => value + PAGE);
            }
          }}
        >
          {t('admin.tree.more', { count: formatNumber(Math.min(rest, PAGE)), rest: formatNumber(rest) })}
        </li>
      )}
    </>
  );
}

function TreeNode({
  unit,
  level,
  position,
  size,
}: {
  unit: UnitSummary;
  level: number;
  position: number;
  size: number;
}) {
  const { t } = useI18n();
  const tree = useTree();
  const [, navigate] = useLocation();
  const hasChildren = unit.children_count > 0;
  const open = hasChildren && tree.expanded.has(unit.code);
  return (
    <>
      <li
        role="treeitem"
        aria-level={level}
        aria-posinset={position}
        aria-setsize={size}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={tree.focused === unit.code}
        tabIndex={tree.focused === unit.code ? 0 : -1}
        data-code={unit.code}
        onFocus={(event) => {
          if (event.target === event.currentTarget) tree.setFocused(unit.code);
        }}
      >
        <div className="tree__row" style={indent(level)}>
          <span
            className={`tree__toggle${hasChildren ? '' : ' tree__toggle--leaf'}`}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              if (hasChildren) tree.toggle(unit.code);
            }}
          >
            {hasChildren ? (open ? '▾' : '▸') : '·'}
          </span>
          <span className="tree__name" onClick={() => navigate(adminUnitPath(unit.code))}>
            {unit.name}
            <span className="tree__meta">
              {' '}
              · {unit.code}
              {hasChildren ? ` · ${t('admin.tree.childCount', { count: formatNumber(unit.children_count) })}` : ''}
              {unit.closed ? ` · ${t('admin.unit.closed')}` : ''}
            </span>
          </span>
        </div>
      </li>
      {open && <TreeChildren code={unit.code} level={level + 1} />}
    </>
  );
}

export function UnitTree({ roots, label }: { roots: UnitSummary[]; label: string }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(roots.length === 1 ? [roots[0]!.code] : []),
  );
  const [focused, setFocused] = useState<string | null>(roots[0]?.code ?? null);
  const [, navigate] = useLocation();
  const state: TreeState = {
    expanded,
    focused,
    setFocused,
    toggle: (code, open) =>
      setExpanded((previous) => {
        const next = new Set(previous);
        if (open ?? !next.has(code)) next.add(code);
        else next.delete(code);
        return next;
      }),
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!current) return;
    const all = items(event.currentTarget);
    const index = all.indexOf(current);
    const code = current.dataset.code;
    const isOpen = current.getAttribute('aria-expanded') === 'true';
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return moveFocus(all[index + 1]);
      case 'ArrowUp':
        handled();
        return moveFocus(all[index - 1]);
      case 'Home':
        handled();
        return moveFocus(all[0]);
      case 'End':
        handled();
        return moveFocus(all[all.length - 1]);
      case 'ArrowRight':
        handled();
        if (!code || current.getAttribute('aria-expanded') === null) return;
        if (isOpen) return moveFocus(all[index + 1]);
        return state.toggle(code, true);
      case 'ArrowLeft':
        handled();
        if (code && isOpen) return state.toggle(code, false);
        return moveFocus(parentOf(all, index));
      case 'Enter':
        if (code) {
          handled();
          navigate(adminUnitPath(code));
        }
        return;
    }
  }

  return (
    <TreeContext.Provider value={state}>
      <ul role="tree" aria-label={label} className="tree" onKeyDown={onKeyDown}>
        {roots.map((unit, index) => (
          <TreeNode key={unit.code} unit={unit} level={1} position={index + 1} size={roots.length} />
        ))}
      </ul>
    </TreeContext.Provider>
  );
}
