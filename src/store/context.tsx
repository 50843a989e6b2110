import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { DetenteStore, StoreInit } from "./createDetenteStore.ts";
import { createDetenteStore } from "./createDetenteStore.ts";
import type { DetenteState } from "./types.ts";

const StoreContext = createContext<DetenteStore | null>(null);

export interface DetenteProviderProps {
  /** An existing store (tests, hosts that drive it), or what to create one from. */
  readonly store?: DetenteStore;
  readonly init?: StoreInit;
  readonly children: ReactNode;
}

export function DetenteProvider({ store, init, children }: DetenteProviderProps) {
  const [instance] = useState<DetenteStore>(() => {
    if (store) return store;
    if (!init) throw new Error("DetenteProvider needs either `store` or `init`");
    return createDetenteStore(init);
  });
  return <StoreContext.Provider value={instance}>{children}</StoreContext.Provider>;
}

export function useDetenteStore(): DetenteStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useDetente must be used inside <DetenteProvider>");
  return store;
}

/** Subscribes a component to a slice of this instance's store. */
export function useDetente<T>(selector: (state: DetenteState) => T): T {
  return useStore(useDetenteStore(), selector);
}
