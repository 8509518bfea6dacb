import '@/components/ui/base.css';
import './options.css';
import { OptionsApp } from '@/components/pages/options/options-app';
import { mountPage } from '@/components/pages/shared/mount';

void mountPage(OptionsApp, 'options_title');
