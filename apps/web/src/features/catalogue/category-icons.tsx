import {
  ApartmentOutlined,
  AppstoreOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FundOutlined,
  HomeOutlined,
  MoneyCollectOutlined,
  RiseOutlined,
  RocketOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ResourceKindCode, ServiceItemCategoryCode } from '@yunju/contracts/catalogue-codes';
import type { ReactNode } from 'react';

export const categoryIcons: Record<ServiceItemCategoryCode, ReactNode> = {
  project: <ExperimentOutlined />,
  talent: <UserOutlined />,
  ip: <SafetyCertificateOutlined />,
  finance: <MoneyCollectOutlined />,
  platform: <ClusterOutlined />,
  transfer: <RocketOutlined />,
  policy: <FileProtectOutlined />,
  cultivation: <RiseOutlined />,
};

export const kindIcons: Record<ResourceKindCode, ReactNode> = {
  lab: <ExperimentOutlined />,
  rd_platform: <ApartmentOutlined />,
  instrument: <ToolOutlined />,
  expert_team: <TeamOutlined />,
  fund: <FundOutlined />,
  incubator: <HomeOutlined />,
  data: <DatabaseOutlined />,
  other: <AppstoreOutlined />,
};

