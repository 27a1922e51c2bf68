import 'reflect-metadata';
import { runService } from '@facile/platform/bootstrap';
import { schedulingService } from './scheduling.service';

void runService(schedulingService);
