// A project's glossary as a CSV or TBX file, for every member of the project. The file is made a part
// at a time as it is sent (a glossary of 100,000 terms is some 20 MB of CSV, 80 MB of TBX).
import { glossaryCsvParts } from '../../domain/glossary/csv';
import { glossaryTbxParts } from '../../domain/glossary/tbx';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { listGlossary } from './list';
import type { GlossaryFileFormat } from './fileFormats';

export interface GlossaryFile {
  project: Project;
  format: GlossaryFileFormat;
  /** The file in parts, each made when it is reached. */
  parts: Iterable<string>;
}

export async function exportGlossary(ctx: CommandContext, props: { user: User; projectId: string; format: GlossaryFileFormat }): Promise<GlossaryFile> {
  const { project, terms } = await listGlossary(ctx, props.user, props.projectId);
  const parts = props.format === 'csv' ? glossaryCsvParts(terms) : glossaryTbxParts(terms, `${project.name} – Glossar DE-PL`);
  return { project, format: props.format, parts };
}
