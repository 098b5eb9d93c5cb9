import { bool, flag, openExisting, requiredFlag, resolveUnit, type CliCommand } from '../cli-kit';

/** `list`: the unit's inventory, searched exactly as the app's search box searches. */
export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list --db FILE [--unit CODE] [--search TEXT] [--json]',
  flags: ['db', 'unit', 'search', 'json'],
  async run(args, out) {
    const { backend, call } = openExisting(requiredFlag(args, 'db'));
    try {
      const unit = await resolveUnit(call, flag(args, 'unit'));
      const search = flag(args, 'search');
      const rows = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await call('inventory.list', {
          unitId: unit.id,
          offset,
          limit: 1000,
          ...(search ? { search } : {}),
        });
        rows.push(...page.rows);
        if (rows.length >= page.total || page.rows.length === 0) break;
      }
      if (bool(args, 'json')) {
        out(
          JSON.stringify(
            rows.map((r) => ({
              code: r.code,
              name: r.name,
              field: r.field,
              agencies: r.executingAgencies,
              unit: unit.code,
              onlineLevel: r.onlineLevel,
              dossiersPerYear: r.dossiersPerYear,
              steps: r.stepCount,
              components: r.componentCount,
            })),
          ),
        );
      } else {
        for (const r of rows) out(`${r.code}\t${r.name}\t${r.field}`);
        out(`— ${rows.length} thủ tục (${unit.name})`);
      }
    } finally {
      backend.close();
    }
  },
};
