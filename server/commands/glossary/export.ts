// A project's glossary as a CSV or TBX file, for every member of the project.
import { writeGlossaryCsv } from '../../domain/glossary/csv';
import { writeGlossaryTbx } from '../../domain/glossary/tbx';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { listGlossary } from './list';
import type { GlossaryFileFormat } from './fileFormats';

export interface GlossaryFile {
  project: Project;
  format: GlossaryFileFormat;
  content: string;
}

export async function exportGlossary(ctx: CommandContext, props: { user: User; projectId: string; format: GlossaryFileFormat }): Promise<GlossaryFile> {
  const { project, terms } = await listGlossary(ctx, props.user, props.projectId);
  const content = props.format === 'csv' ? writeGlossaryCsv(terms) : writeGlossaryTbx(terms, `${project.name} – Glossar DE-PL`);
  return { project, format: props.format, content };
}
