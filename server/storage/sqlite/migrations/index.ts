// The schema's history. A migration is applied once, in order, inside its own transaction, and
// recorded in `schema_migrations`; never edit a released migration, add the next number instead.
import { migration as initial } from './001_initial';
import { migration as alignmentsAndTm } from './002_alignments_and_tm';
import { migration as segmentQa } from './003_segment_qa';
import { migration as tmMemory } from './004_tm_memory';
import { migration as tmImportJobs } from './005_tm_import_jobs';
import { migration as glossary } from './006_glossary';
import { migration as approvalEvents } from './007_approval_events';
import { migration as accounts } from './008_accounts';
import { migration as revisions } from './009_revisions';
import { migration as collaboration } from './010_collaboration';
import { migration as mtAccounting } from './011_mt_accounting';
import { migration as externalIds } from './012_segment_external_ids';
import { migration as instances } from './013_instances';
import { migration as eventLoop } from './014_event_loop';
import { migration as quality } from './015_quality';
import { migration as webhooks } from './016_webhooks';
import { migration as glossaryRevisions } from './017_glossary_revisions';
import { migration as approvedRevisions } from './018_approved_revisions';
import { migration as changeLogFollowers } from './019_change_log_followers';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [initial, alignmentsAndTm, segmentQa, tmMemory, tmImportJobs, glossary, approvalEvents, accounts, revisions, collaboration, mtAccounting, externalIds, instances, eventLoop, quality, webhooks, glossaryRevisions, approvedRevisions, changeLogFollowers];
