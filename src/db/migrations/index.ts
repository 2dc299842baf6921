import type { Migration } from 'kysely';
import * as foundation from './2026_11_28_0001_foundation.js';
import * as publishing from './2026_11_28_0002_publishing.js';
import * as interpretations from './2026_11_28_0003_interpretations.js';
import * as requests from './2026_11_28_0004_requests.js';
import * as annualReport from './2026_11_28_0005_annual_report.js';
import * as jobs from './2026_11_28_0006_jobs.js';
import * as search from './2026_11_28_0007_search.js';
import * as assistant from './2026_11_28_0008_assistant.js';
import * as publicationChecks from './2026_11_28_0009_publication_checks.js';
import * as workPlans from './2026_11_28_0010_work_plans.js';
import * as attachmentTexts from './2026_11_28_0011_attachment_texts.js';
import * as throttles from './2026_11_30_0012_throttles.js';
import * as hotQueries from './2026_11_30_0013_hot_queries.js';
import * as messages from './2026_11_30_0014_messages.js';
import * as publicComments from './2026_11_30_0015_public_comments.js';
import * as opinions from './2026_11_30_0016_opinions.js';
import * as interviews from './2026_11_30_0017_interviews.js';
import * as interactionFiles from './2026_11_30_0018_interaction_files.js';
import * as serviceItems from './2026_11_30_0019_service_items.js';
import * as serviceCases from './2026_11_30_0020_service_cases.js';
import * as certificateRequirements from './2026_11_30_0021_certificate_requirements.js';
import * as ratingFollowUp from './2026_11_30_0022_rating_follow_up.js';
import * as correctionMailbox from './2026_11_30_0023_correction_mailbox.js';
import * as portalIdentity from './2026_11_30_0024_portal_identity.js';
import * as storedFiles from './2026_12_01_0025_stored_files.js';
import * as contentNotify from './2026_12_01_0026_content_notify.js';
import * as annualReportNarratives from './2026_12_01_0027_annual_report_narratives.js';
import * as annualReportOfficeReview from './2026_12_01_0028_annual_report_office_review.js';
import * as columnListing from './2026_12_01_0029_column_listing.js';
import * as siteRetirement from './2026_12_01_0030_site_retirement.js';
import * as documentSyndication from './2026_12_01_0031_document_syndication.js';
import * as searchSiteLexeme from './2026_12_01_0032_search_site_lexeme.js';
import * as documentKindIndex from './2026_12_02_0033_document_kind_index.js';
import * as listingIndexes from './2026_12_02_0034_listing_indexes.js';
import * as filedTwice from './2026_12_02_0035_filed_twice.js';
import * as searchVectorInline from './2026_12_03_0036_search_vector_inline.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_28_0001_foundation': foundation,
  '2026_11_28_0002_publishing': publishing,
  '2026_11_28_0003_interpretations': interpretations,
  '2026_11_28_0004_requests': requests,
  '2026_11_28_0005_annual_report': annualReport,
  '2026_11_28_0006_jobs': jobs,
  '2026_11_28_0007_search': search,
  '2026_11_28_0008_assistant': assistant,
  '2026_11_28_0009_publication_checks': publicationChecks,
  '2026_11_28_0010_work_plans': workPlans,
  '2026_11_28_0011_attachment_texts': attachmentTexts,
  '2026_11_30_0012_throttles': throttles,
  '2026_11_30_0013_hot_queries': hotQueries,
  '2026_11_30_0014_messages': messages,
  '2026_11_30_0015_public_comments': publicComments,
  '2026_11_30_0016_opinions': opinions,
  '2026_11_30_0017_interviews': interviews,
  '2026_11_30_0018_interaction_files': interactionFiles,
  '2026_11_30_0019_service_items': serviceItems,
  '2026_11_30_0020_service_cases': serviceCases,
  '2026_11_30_0021_certificate_requirements': certificateRequirements,
  '2026_11_30_0022_rating_follow_up': ratingFollowUp,
  '2026_11_30_0023_correction_mailbox': correctionMailbox,
  '2026_11_30_0024_portal_identity': portalIdentity,
  '2026_12_01_0025_stored_files': storedFiles,
  '2026_12_01_0026_content_notify': contentNotify,
  '2026_12_01_0027_annual_report_narratives': annualReportNarratives,
  '2026_12_01_0028_annual_report_office_review': annualReportOfficeReview,
  '2026_12_01_0029_column_listing': columnListing,
  '2026_12_01_0030_site_retirement': siteRetirement,
  '2026_12_01_0031_document_syndication': documentSyndication,
  '2026_12_01_0032_search_site_lexeme': searchSiteLexeme,
  '2026_12_02_0033_document_kind_index': documentKindIndex,
  '2026_12_02_0034_listing_indexes': listingIndexes,
  '2026_12_02_0035_filed_twice': filedTwice,
  '2026_12_03_0036_search_vector_inline': searchVectorInline,
};
