import '@/components/ui/base.css';
import './popup.css';
import { PopupApp } from '@/components/pages/popup/popup-app';
import { mountPage } from '@/components/pages/shared/mount';

void mountPage(PopupApp);
