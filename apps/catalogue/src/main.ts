import 'reflect-metadata';
import { runService } from '@facile/platform/bootstrap';
import { catalogueService } from './catalogue.service';

void runService(catalogueService);
