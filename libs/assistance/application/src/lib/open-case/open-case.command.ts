import { Channel, CitizenData } from '../ports/case.store';

export interface OpenCaseCommand {
  topic: string;
  tenant: string;
  citizen: CitizenData;
  has: string[];
  channel: Channel;
}
