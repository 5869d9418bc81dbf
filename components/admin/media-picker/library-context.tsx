"use client";

// Where the media library is on offer (the article form), its settings reach the pickers inside the
// rich editor without passing through every component between them. Without a provider, the editor's
// image panel takes addresses only.
import { createContext, useContext, type ReactNode } from "react";

export interface MediaLibrarySettings {
  /** The server's upload limit (MEDIA_MAX_BYTES), checked before sending. */
  maxBytes: number;
}

const MediaLibraryContext = createContext<MediaLibrarySettings | null>(null);

export function MediaLibraryProvider({ maxBytes, children }: MediaLibrarySettings & { children: ReactNode }) {
  return <MediaLibraryContext.Provider value={{ maxBytes }}>{children}</MediaLibraryContext.Provider>;
}

export function useMediaLibrary(): MediaLibrarySettings | null {
  return useContext(MediaLibraryContext);
}
