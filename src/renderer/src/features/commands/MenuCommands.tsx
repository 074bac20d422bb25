import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../../shared/ipc';
import { api } from '../../api/client';

type Handlers = Map<MenuCommand, Array<() => void>>;

const MenuCommandContext = createContext<Handlers | null>(null);

/**
 * Routes the native menu's commands to whichever screen handles them. The newest registration
 * wins, so a screen that is shown on top of another takes a command over while it is mounted.
 */
export function MenuCommandProvider({ children }: { children: ReactNode }) {
  const [handlers] = useState<Handlers>(() => new Map());
  useEffect(
    () =>
      api.events.menuCommand(({ command }) => {
        const stack = handlers.get(command);
        stack?.[stack.length - 1]?.();
      }),
    [handlers],
  );
  return <MenuCommandContext.Provider value={handlers}>{children}</MenuCommandContext.Provider>;
}

/** Runs `handler` when the menu sends `command`, while the calling component is mounted. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const handlers = useContext(MenuCommandContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!handlers) return;
    const entry = () => latest.current();
    const stack = handlers.get(command) ?? [];
    handlers.set(command, [...stack, entry]);
    return () => {
      handlers.set(
        command,
        (handlers.get(command) ?? []).filter((candidate) => candidate !== entry),
      );
    };
  }, [handlers, command]);
}
