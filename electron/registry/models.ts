import { DomainError } from '../../shared/platform/result.js';
import type { ProductModel } from '../../shared/registry/productModel.js';
import type { Handlers } from '../platform/ipc/handlers.js';
import { type ServiceContext, nowIso, requireRole } from '../platform/context.js';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function findModel(ctx: ServiceContext, brand: string, model: string): ProductModel | undefined {
  return ctx.store.models.all().find((m) => same(m.brand, brand) && same(m.model, model));
}

/** A model is unknown when the catalogue lists models of its brand, but not this one. */
export function isUnknownModel(ctx: ServiceContext, brand: string, model: string): boolean {
  const ofBrand = ctx.store.models.all().filter((m) => same(m.brand, brand));
  return ofBrand.length > 0 && !ofBrand.some((m) => same(m.model, model));
}

export function modelHandlers(ctx: ServiceContext): Pick<Handlers, 'registry.models.list' | 'registry.models.save'> {
  const { store } = ctx;
  return {
    'registry.models.list': () => [...store.models.all()].sort((a, b) => `${a.brand} ${a.model}`.localeCompare(`${b.brand} ${b.model}`)),

    'registry.models.save': ({ id, ...fields }, caller) =>
      store.exclusive(async () => {
        requireRole(ctx, caller, 'registry.models');
        const twin = findModel(ctx, fields.brand, fields.model);
        if (twin && twin.id !== id) throw new DomainError('conflict', `${fields.brand} ${fields.model} is in the catalogue already.`, { model: 'duplicate' });
        const record: ProductModel = { ...fields, id: id ?? ctx.newId(), updatedAt: nowIso(ctx), updatedBy: caller.id };
        if (id) {
          if (!store.models.get(id)) throw new DomainError('not_found', 'No such model.', { id: 'not_found' });
          return store.models.replace(record);
        }
        return store.models.insert(record);
      }),
  };
}
