import type { RouteDef } from '@/components/pages/dashboard/router';
import { DuplicatesView } from '@/components/pages/dashboard/hygiene/duplicates-view';
import { ExportView } from '@/components/pages/dashboard/hygiene/export-view';
import { ImportView } from '@/components/pages/dashboard/hygiene/import-view';
import { MergeView } from '@/components/pages/dashboard/hygiene/merge-view';
import { CompaniesView } from '@/components/pages/dashboard/views/companies-view';
import { CompanyView } from '@/components/pages/dashboard/views/company-view';
import { PeopleView } from '@/components/pages/dashboard/views/people-view';
import { PersonDataView } from '@/components/pages/dashboard/views/person-data';
import { PersonNewView } from '@/components/pages/dashboard/views/person-new';
import { PersonView } from '@/components/pages/dashboard/views/person-view';
import { TagsView } from '@/components/pages/dashboard/views/tags-view';
import { TrashView } from '@/components/pages/dashboard/views/trash-view';
import { AnalyticsView } from '@/components/pages/dashboard/analytics/analytics-view';
import { IntroView } from '@/components/pages/dashboard/intros/intro-view';
import { IntrosView } from '@/components/pages/dashboard/intros/intros-view';

/**
 * The dashboard's routes (#/<path>), first match wins. A new view is one line here: its path
 * pattern, its component, and `nav` (a message key) when it belongs in the side navigation;
 * `section` names the nav entry to highlight for views reached from another one.
 */
export const ROUTES: RouteDef[] = [
  { path: 'people', view: PeopleView, nav: 'dash_nav_people' },
  { path: 'person/new', view: PersonNewView, section: 'people' },
  { path: 'person/:id', view: PersonView, section: 'people' },
  { path: 'person/:id/data', view: PersonDataView, section: 'people' },
  { path: 'companies', view: CompaniesView, nav: 'dash_nav_companies' },
  { path: 'company/:id', view: CompanyView, section: 'companies' },
  { path: 'intros', view: IntrosView, nav: 'intro_nav' },
  { path: 'intro/:id', view: IntroView, section: 'intros' },
  { path: 'analytics', view: AnalyticsView, nav: 'analytics_nav' },
  { path: 'tags', view: TagsView, nav: 'dash_nav_tags' },
  { path: 'import', view: ImportView, nav: 'hyg_nav_import' },
  { path: 'export', view: ExportView, nav: 'hyg_nav_export' },
  { path: 'duplicates', view: DuplicatesView, nav: 'hyg_nav_duplicates' },
  { path: 'duplicates/:a/:b', view: MergeView, section: 'duplicates' },
  { path: 'trash', view: TrashView, nav: 'dash_nav_trash' },
];

export const HOME = 'people';
