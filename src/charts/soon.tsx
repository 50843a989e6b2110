/**
 * A component from a chunk of its own, requested at once (when the importing module runs, so it
 * arrives while the dataset loads) and drawn as soon as it is in; nothing is drawn until then.
 * For parts no first view needs at once (an opened group's list, an event's details): unlike
 * React.lazy, nothing suspends, and once loaded it renders synchronously like any component.
 */
import { useSyncExternalStore, type ComponentType } from "react";

export function soon<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const listeners = new Set<() => void>();
  load().then(
    (component) => {
      loaded = component;
      for (const listener of listeners) listener();
    },
    (error: unknown) => console.error(error),
  );
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const current = (): ComponentType<P> | undefined => loaded;
  return function Soon(props: P) {
    const Loaded = useSyncExternalStore(subscribe, current, current);
    return Loaded ? <Loaded {...props} /> : null;
  };
}
