import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

/**
 * The header's row of the actions the caller may take on a record (the server's `allowedActions`,
 * in the feature's order): the primary one filled, destructive ones red, then `children` (Back).
 */
export function ActionBar<A extends string>(props: {
  actions: readonly A[];
  primary: A | null | undefined;
  danger: readonly A[];
  labelOf: (action: A) => string;
  onAction: (action: A) => void;
  ariaLabel: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <Flex gap={8} wrap className={props.className} role="group" aria-label={props.ariaLabel}>
      {props.actions.map((a) => (
        <Button key={a} type={a === props.primary ? 'primary' : 'default'} danger={props.danger.includes(a)} onClick={() => props.onAction(a)}>
          {props.labelOf(a)}
        </Button>
      ))}
      {props.children}
    </Flex>
  );
}
