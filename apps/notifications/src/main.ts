import 'reflect-metadata';
import { runService } from '@facile/platform/bootstrap';
import { notificationsService } from './notifications.service';

void runService(notificationsService);
