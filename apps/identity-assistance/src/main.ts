import 'reflect-metadata';
import { runService } from '@facile/platform/bootstrap';
import { assistanceService } from './identity-assistance.service';

void runService(assistanceService);
