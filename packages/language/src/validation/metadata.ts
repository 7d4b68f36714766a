import type { ValidationAcceptor } from 'langium';
import type { Instrument, Metadata } from '../generated/ast.js';
import { IssueCodes } from './codes.js';

const METADATA_KEYWORD: Record<Metadata['$type'], string> = {
    ShortTitle: 'short-title', Year: 'year', Extent: 'extent', Status: 'status', Sponsor: 'sponsor', Version: 'version', Amends: 'amends'
};

/** Each piece of metadata once, so nobody has to guess which status or version is current. */
export function checkRepeatedMetadata(instrument: Instrument, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const member of instrument.members) {
        const keyword = (METADATA_KEYWORD as Record<string, string>)[member.$type] ?? (member.$type === 'Purpose' ? 'purpose' : undefined);
        if (!keyword) continue;
        if (seen.has(keyword)) {
            accept('warning', `"${keyword}" is given more than once. Keep the one that is current and delete the others.`,
                { node: member, code: IssueCodes.RepeatedMetadata });
        }
        seen.add(keyword);
    }
}
