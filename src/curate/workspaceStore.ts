/**
 * Runs the workspace's state machine (workspaceState.ts): holds its state, steps it on each
 * event, tells subscribers, and hands each command to `perform`, whose answer (a server's reply)
 * comes back in as the next event. No React and no I/O of its own: the workspace passes the
 * `perform` that calls the server, a test passes one it controls. The shape suits React's
 * `useSyncExternalStore`.
 */
import type { Command, WorkspaceEvent, WorkspaceState } from "./workspaceState.ts";
import { stepWorkspace } from "./workspaceState.ts";

/** The machine's state, and the way to move it. */
export type WorkspaceStore = {
  getState: () => WorkspaceState;
  send: (event: WorkspaceEvent) => void;
  /** Calls `listener` after each change of state; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
};

/** Runs one command; resolves to the event its result is, if any. Never rejects. */
export type Perform = (command: Command) => Promise<WorkspaceEvent | undefined>;

/** A store for the machine from `initial`, running commands through `perform`. */
export function createWorkspaceStore(initial: WorkspaceState, perform: Perform): WorkspaceStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const send = (event: WorkspaceEvent): void => {
    const step = stepWorkspace(state, event);
    if (step.state === state) return;
    state = step.state;
    for (const listener of listeners) listener();
    for (const command of step.commands) {
      void perform(command).then((next) => {
        if (next) send(next);
      });
    }
  };
  return {
    getState: () => state,
    send,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
