import '@/components/ui/base.css';
import './dashboard.css';
import { DashboardApp } from '@/components/pages/dashboard/app';
import { mountPage } from '@/components/pages/shared/mount';
import { HOME, ROUTES } from './routes';

void mountPage(() => <DashboardApp routes={ROUTES} home={HOME} />, 'dash_title');
