import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ListQueryDto, Page, parseSort } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password-hasher';

const SORTABLE = { name: 'u.name', email: 'u.email', role: 'u.role', createdAt: 'u.created_at' };

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  count(): Promise<number> {
    return this.users.count();
  }

  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  /**
   * The active user with this email and password, or null. Unknown, inactive and invited users
   * cost the same bcrypt comparison as a wrong password, so the answer's timing tells nothing.
   */
  async checkCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.findForLogin(email);
    const matches = await verifyPassword(user?.passwordHash, password);
    return user && user.isActive && matches ? user : null;
  }

  /** Whether `password` is this user's current password. */
  async hasPassword(id: string, password: string): Promise<boolean> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
    return verifyPassword(user?.passwordHash, password);
  }

  /** Sets a new password, which also ends an invite; `manager`: inside the caller's transaction. */
  async setPassword(id: string, password: string, manager?: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(password);
    await (manager?.getRepository(User) ?? this.users).update(id, { passwordHash, invitedAt: null });
  }

  /** `manager`: inside the caller's transaction. */
  findById(id: string, manager?: EntityManager): Promise<User | null> {
    return (manager?.getRepository(User) ?? this.users).findOne({ where: { id } });
  }

  /** The users among `ids` that exist, in one query (missing ids are simply absent). */
  findByIds(ids: string[]): Promise<User[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.users.find({ where: { id: In(ids) } });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return user;
  }

  /** The user with this email (any case), with the password hash selected for login. */
  findForLogin(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  async list(query: ListQueryDto): Promise<Page<User>> {
    const order = parseSort(query.sort, SORTABLE, 'name');
    const qb = this.users.createQueryBuilder('u');
    if (query.search) {
      qb.where('(u.name ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(query.search)}%` });
    }
    const [data, total] = await qb
      .orderBy(order.column, order.direction)
      .addOrderBy('u.id')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { data, total, limit: query.limit, offset: query.offset };
  }

  /**
   * Without a password the user is invited: they have none (and cannot log in) until they set one
   * through the link the caller sends them. `manager`: inside the caller's transaction.
   */
  async create(dto: CreateUserDto, manager?: EntityManager): Promise<User> {
    const users = manager?.getRepository(User) ?? this.users;
    await this.assertEmailFree(dto.email, users);
    const user = users.create({
      email: dto.email,
      name: dto.name,
      role: dto.role,
      passwordHash: dto.password ? await hashPassword(dto.password) : null,
      invitedAt: dto.password ? null : new Date(),
    });
    return users.save(user);
  }

  /**
   * A new `password` here is only stored; ending the user's sessions and links with it is the
   * caller's (AccountsService.updateUser). `manager`: inside the caller's transaction.
   */
  async update(id: string, dto: UpdateUserDto, actingUserId: string, manager?: EntityManager): Promise<User> {
    const users = manager?.getRepository(User) ?? this.users;
    const user = await users.findOne({ where: { id } });
    if (!user) throw new NotFoundException(`User ${id} not found`);
    if (dto.email && dto.email.toLowerCase() !== user.email.toLowerCase()) await this.assertEmailFree(dto.email, users);
    const demotesAdmin = user.role === 'admin' && ((dto.role && dto.role !== 'admin') || dto.isActive === false);
    if (demotesAdmin) await this.assertAnotherAdmin(id, users);
    if (id === actingUserId && dto.isActive === false) throw new ConflictException('You cannot deactivate yourself');
    Object.assign(user, {
      ...(dto.email !== undefined && { email: dto.email }),
      ...(dto.name !== undefined && { name: dto.name }),
      ...(dto.role !== undefined && { role: dto.role }),
      ...(dto.isActive !== undefined && { isActive: dto.isActive }),
    });
    if (dto.password) Object.assign(user, { passwordHash: await hashPassword(dto.password), invitedAt: null });
    return users.save(user);
  }

  async remove(id: string, actingUserId: string): Promise<void> {
    if (id === actingUserId) throw new ConflictException('You cannot delete yourself');
    const user = await this.getById(id);
    if (user.role === 'admin') await this.assertAnotherAdmin(id);
    await this.users.delete(id);
  }

  async touchLogin(id: string): Promise<void> {
    await this.users.update(id, { lastLoginAt: new Date() });
  }

  /**
   * Active users with their email and name lower-cased by PostgreSQL, for matching what a CSV names
   * (owner cells, owner value mappings). `emails` (lower-cased): only the users with one of these.
   */
  findActiveLowerCased(emails?: string[]): Promise<{ id: string; email: string; name: string }[]> {
    const qb = this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .addSelect('lower(u.email)', 'email')
      .addSelect('lower(u.name)', 'name')
      .where('u.is_active');
    if (emails) qb.andWhere('lower(u.email) = ANY(:emails)', { emails });
    return qb.getRawMany();
  }

  /** Active admins, who hear of what needs an admin (e.g. a webhook endpoint Corral disabled). */
  findActiveAdmins(): Promise<User[]> {
    return this.users.find({ where: { role: 'admin', isActive: true }, order: { createdAt: 'ASC' } });
  }

  private async assertEmailFree(email: string, users = this.users): Promise<void> {
    const taken = await users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
    if (taken) throw new ConflictException(`A user with the email ${email} already exists`);
  }

  private async assertAnotherAdmin(exceptId: string, users = this.users): Promise<void> {
    const others = await users
      .createQueryBuilder('u')
      .where("u.role = 'admin' AND u.is_active AND u.id <> :id", { id: exceptId })
      .getCount();
    if (others === 0) throw new ConflictException('Corral needs at least one active admin');
  }
}

