import { createContext } from 'react';
import type { MediaSession } from '../media-session.ts';

export const MediaSessionContext = createContext<MediaSession | undefined>(undefined);
