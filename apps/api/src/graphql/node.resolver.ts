import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { AccountsService, toAccount } from '../modules/accounts/accounts.service.js';
import { canSeeAccount, requireViewer } from '../modules/auth/auth.js';
import { Node, fromGlobalId } from './node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay).' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id);
    if (!ref) return null;
    switch (ref.type) {
      case 'Account': {
        if (!canSeeAccount(viewer, ref.id)) return null;
        const account = await new AccountsService(ctx.db).findById(ref.id);
        return account ? toAccount(account) : null;
      }
      default:
        return null;
    }
  }
}
