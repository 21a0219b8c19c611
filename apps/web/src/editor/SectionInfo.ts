import { Extension } from '@tiptap/core';

/** Which part of the board an editor edits: a section key or `team:<id>`. */
export interface SectionInfoStorage {
  section: string;
}

declare module '@tiptap/core' {
  interface Storage {
    sectionInfo: SectionInfoStorage;
  }
}

/** Tells node views which section their editor edits (goal statuses show only in the retro). */
export const SectionInfo = Extension.create<{ section: string }, SectionInfoStorage>({
  name: 'sectionInfo',
  addOptions() {
    return { section: '' };
  },
  addStorage() {
    return { section: this.options.section };
  },
});
